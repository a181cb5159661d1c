package se.trygghetsdialog.opinion.clustering.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpinionCliTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        OpinionCli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static final String COMMENTS =
      "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
          + "1,x,0,1,0,0,1,\"First, with comma\"\n"
          + "2,x,1,1,0,0,1,\"Second\nwith newline\"\n"
          + "3,x,2,1,0,0,-1,Moderated out\n"
          + "4,x,3,1,0,0,1,Fourth\n";

  private void write(String comments, String votes) throws IOException {
    Files.writeString(dir.resolve("comments.csv"), comments);
    Files.writeString(dir.resolve("participants-votes.csv"), votes);
  }

  private static String votes(int participants) {
    StringBuilder b =
        new StringBuilder("participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2,3\n");
    for (int p = 0; p < participants; p++) {
      String v = p % 2 == 0 ? "1,-1,1,0" : "-1,1,-1,1";
      b.append(p + 10).append(",,0,4,0,0,").append(v).append('\n');
    }
    return b.toString();
  }

  @Nested
  class OpinionMap {

    @Test
    void printsOneJsonObjectWithGroupsConsensusAndRepness() throws IOException {
      write(COMMENTS, votes(30));
      Run r = run("opinion-map", "--polis-export", dir.toString());
      assertThat(r.code()).isZero();
      String json = r.out().trim();
      assertThat(json).startsWith("{").endsWith("}").doesNotContain("\n");
      assertThat(json).contains("\"participants\":30", "\"statements\":4", "\"groups\":[{\"id\":0");
      assertThat(json).contains("\"consensus\":{\"agree\":[", "\"repness\":{\"0\":[");
      assertThat(json).contains("\"direction\":\"agree\"", "\"millis\":{");
      assertThat(json).contains("\"members\":[10,12,");
      assertThat(r.err()).contains("30 participants");
    }

    @Test
    void repeatsThePipelineAndPrintsTheFirstAndTheFastestRun() throws Exception {
      Path seattle = Path.of(getClass().getResource("/opinion/polis/15-per-hour-seattle").toURI());
      Run r = run("opinion-map", "--polis-export", seattle.toString(), "--repeat", "3");
      assertThat(r.code()).isZero();
      String json = r.out().trim();
      assertThat(json).contains("\"repeat\":3", "\"millis\":{\"read\":", "\"fastestMillis\":{");
      assertThat(fastestTotal(json)).isLessThanOrEqualTo(total(json, "\"millis\":{"));
      assertThat(run("opinion-map", "--polis-export", seattle.toString(), "--repeat", "0").code())
          .isEqualTo(2);
    }

    @Test
    void runsOnARealPolisExport() throws Exception {
      Path seattle = Path.of(getClass().getResource("/opinion/polis/15-per-hour-seattle").toURI());
      Run r = run("opinion-map", "--polis-export", seattle.toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("\"participants\":339", "\"statements\":54");
    }

    @Test
    void letsTheLastRowOfARepeatedParticipantWin() throws IOException {
      String v = votes(20) + "10,,0,4,0,0,-1,,,\n";
      write(COMMENTS, v);
      PolisExport.Data data;
      try {
        data = PolisExport.read(dir);
      } catch (CsvFormatException e) {
        throw new AssertionError(e);
      }
      assertThat(data.matrix().participants()).isEqualTo(20);
      assertThat(data.matrix().vote(0, 0)).isEqualTo((byte) -1);
      assertThat(data.matrix().vote(0, 1)).isEqualTo((byte) -1);
    }
  }

  @Nested
  class BadInput {

    private void assertRejected(String comments, String votes, String file, int line, String what)
        throws IOException {
      write(comments, votes);
      Run r = run("opinion-map", "--polis-export", dir.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains(file + ":" + line + ":").contains(what);
    }

    @Test
    void namesFileAndLineOfANonNumericVote() throws IOException {
      String v = votes(3).replaceFirst("\n11,,0,4,0,0,-1", "\n11,,0,4,0,0,yes");
      assertRejected(COMMENTS, v, "participants-votes.csv", 3, "'yes'");
    }

    @Test
    void namesFileAndLineOfARaggedRow() throws IOException {
      assertRejected(COMMENTS, votes(3) + "99,,0,1\n", "participants-votes.csv", 5, "fields");
    }

    @Test
    void rejectsWrongHeaders() throws IOException {
      assertRejected(COMMENTS, "pid,0,1\n1,1,1\n", "participants-votes.csv", 1, "'participant'");
      assertRejected("id,text\n1,a\n", votes(2), "comments.csv", 1, "comment-id");
      assertRejected(
          COMMENTS,
          votes(2).replace("n-agree", "colour"),
          "participants-votes.csv",
          1,
          "unexpected column 'colour'");
    }

    @Test
    void rejectsUnknownStatementIds() throws IOException {
      String v = votes(2).replaceFirst(",3\n", ",77\n");
      assertRejected(COMMENTS, v, "participants-votes.csv", 1, "statement id 77");
    }

    @Test
    void namesTheLineOfABadCommentRowAfterAMultiLineField() throws IOException {
      String c = COMMENTS + "5,x,oops,1,0,0,1,Bad id\n";
      // The quoted newline in record 3 makes the bad record start on line 7.
      assertRejected(c, votes(2), "comments.csv", 7, "comment-id 'oops'");
    }

    @Test
    void reportsAMissingDirectory() {
      Run r = run("opinion-map", "--polis-export", dir.resolve("nope").toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).contains("comments.csv");
    }
  }

  static double total(String json, String object) {
    int from = json.indexOf(object);
    int at = json.indexOf("\"total\":", from) + "\"total\":".length();
    int end = at;
    while (end < json.length() && "0123456789.".indexOf(json.charAt(end)) >= 0) {
      end++;
    }
    return Double.parseDouble(json.substring(at, end));
  }

  static double fastestTotal(String json) {
    return total(json, "\"fastestMillis\":{");
  }

  @Nested
  class Usage {

    @Test
    void exitsWithTwoOnMissingOrUnknownOptions() {
      assertThat(run("opinion-map").code()).isEqualTo(2);
      assertThat(run("opinion-map", "--export", "x").code()).isEqualTo(2);
      Run r = run("opinion-bench", "--participants", "ten");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("usage");
      assertThat(r.out()).isEmpty();
    }

    @Test
    void recognisesOnlyItsOwnCommands() {
      assertThat(OpinionCli.handles("opinion-map")).isTrue();
      assertThat(OpinionCli.handles("opinion-bench")).isTrue();
      assertThat(OpinionCli.handles("server")).isFalse();
    }
  }

  @Nested
  class Bench {

    @Test
    void printsTimingsMemoryAndAri() {
      Run r =
          run(
              "opinion-bench",
              "--participants",
              "2000",
              "--statements",
              "300",
              "--density",
              "0.3",
              "--groups",
              "2",
              "--signal",
              "strong",
              "--seed",
              "3",
              "--warm-tick-percent",
              "1",
              "--repeat",
              "2");
      assertThat(r.code()).isZero();
      String json = r.out().trim();
      assertThat(json)
          .contains(
              "\"repeat\":2",
              "\"fastestMillis\":{",
              "\"warmApproximate\":",
              "\"warmVsExactAri\":",
              "\"warmOneMinusCos\":[");
      assertThat(fastestTotal(json)).isLessThanOrEqualTo(total(json, "\"millis\":{"));
      assertThat(json).startsWith("{").endsWith("}");
      assertThat(json)
          .contains(
              "\"pca\":",
              "\"base\":",
              "\"groups\":",
              "\"repness\":",
              "\"total\":",
              "\"warmTick\":",
              "\"pcaIterations\":",
              "\"peakHeapBytes\":",
              "\"bytesPerVote\":",
              "\"ari\":");
    }
  }
}

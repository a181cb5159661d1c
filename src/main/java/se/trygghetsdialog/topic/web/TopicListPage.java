package se.trygghetsdialog.topic.web;

import java.util.List;
import se.trygghetsdialog.topic.Topic;

/** One page of topics and the paging. */
public record TopicListPage(List<Topic> topics, int page, int pages) {}

-- A round's answers counted as they arrive, so that the results of a round with 50,000 responses
-- are read from a few thousand rows instead of aggregated from every answer (issue 16: results
-- within a second). Responses are never changed once stored, only added, so the counts are
-- kept in the transaction that stores a response. '' stands for a background not given.

-- The respondents of a round per area code, age band and gender.
CREATE TABLE survey_respondent_count (
    municipality_id  UUID   NOT NULL REFERENCES municipality (municipality_id),
    round_id         UUID   NOT NULL REFERENCES survey_round (round_id) ON DELETE CASCADE,
    area_code        TEXT   NOT NULL,
    age_band         TEXT   NOT NULL,
    gender           TEXT   NOT NULL,
    n                BIGINT NOT NULL,
    PRIMARY KEY (round_id, area_code, age_band, gender)
);

-- Per closed question (single and multiple choice, Likert, number) and background, how many
-- respondents gave each set of values (sorted; one value for every kind but multiple choice).
-- Answers flagged by screening are not counted.
CREATE TABLE survey_answer_count (
    municipality_id  UUID   NOT NULL REFERENCES municipality (municipality_id),
    round_id         UUID   NOT NULL REFERENCES survey_round (round_id) ON DELETE CASCADE,
    question_id      UUID   NOT NULL REFERENCES survey_question (question_id),
    area_code        TEXT   NOT NULL,
    age_band         TEXT   NOT NULL,
    gender           TEXT   NOT NULL,
    vals             TEXT[] NOT NULL,
    n                BIGINT NOT NULL,
    PRIMARY KEY (round_id, question_id, area_code, age_band, gender, vals)
);

INSERT INTO survey_respondent_count (municipality_id, round_id, area_code, age_band, gender, n)
SELECT municipality_id, round_id, coalesce(area_code, ''), coalesce(age_band, ''),
    coalesce(gender, ''), count(*)
FROM survey_response
GROUP BY municipality_id, round_id, coalesce(area_code, ''), coalesce(age_band, ''),
    coalesce(gender, '');

INSERT INTO survey_answer_count (municipality_id, round_id, question_id, area_code, age_band,
    gender, vals, n)
SELECT municipality_id, round_id, question_id, area_code, age_band, gender, vals, count(*)
FROM (
    SELECT r.municipality_id, r.round_id, a.question_id, coalesce(r.area_code, '') AS area_code,
        coalesce(r.age_band, '') AS age_band, coalesce(r.gender, '') AS gender,
        array_agg(a.value ORDER BY a.value) AS vals
    FROM survey_response r
    JOIN survey_answer a ON a.response_id = r.response_id
    JOIN survey_question q ON q.question_id = a.question_id
    WHERE NOT a.flagged AND q.kind IN ('SINGLE', 'MULTIPLE', 'LIKERT', 'NUMBER')
    GROUP BY r.response_id, a.question_id
) s
GROUP BY municipality_id, round_id, question_id, area_code, age_band, gender, vals;

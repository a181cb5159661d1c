-- The evaluation of a dialogue (SKR step 7) per aspect, and the lessons-learned library that the
-- next dialogue's preparation shows.
CREATE TABLE dialogue_evaluation (
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id      UUID        NOT NULL REFERENCES dialogue (dialogue_id),
    aspect           TEXT        NOT NULL,
    score            INT         NOT NULL CHECK (score BETWEEN 1 AND 5),
    assessment       TEXT        NOT NULL DEFAULT '',
    flagged          BOOLEAN     NOT NULL DEFAULT FALSE,
    answered         INT         CHECK (answered >= 0),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (dialogue_id, aspect)
);

CREATE TABLE dialogue_lesson (
    lesson_id        UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id      UUID        NOT NULL REFERENCES dialogue (dialogue_id),
    step             TEXT        NOT NULL,
    text             TEXT        NOT NULL,
    tags             TEXT[]      NOT NULL DEFAULT '{}',
    flagged          BOOLEAN     NOT NULL DEFAULT FALSE,
    created_by       UUID        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX dialogue_lesson_by_municipality ON dialogue_lesson (municipality_id, created_at DESC);

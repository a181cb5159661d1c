-- The private receipt link of a resident's own statement: 32 random bytes shown once on the
-- receipt, only their SHA-256 kept. It opens "du sa – vi gjorde" for the statement.
CREATE TABLE opinion_statement_link_token (
    token_hash       TEXT        PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    statement_id     UUID        NOT NULL REFERENCES opinion_statement (statement_id),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX opinion_statement_link_token_statement
    ON opinion_statement_link_token (municipality_id, statement_id);

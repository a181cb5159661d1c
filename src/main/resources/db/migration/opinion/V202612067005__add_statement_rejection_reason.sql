-- The reason a moderator gave for not publishing a resident's statement. The moderator is told
-- that the resident can read it: the statement's private link ("du sa – vi gjorde") shows it.
ALTER TABLE opinion_statement ADD COLUMN rejection_reason TEXT NOT NULL DEFAULT '';

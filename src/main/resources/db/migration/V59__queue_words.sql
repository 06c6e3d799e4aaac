-- The words the queue's text filter finds an application by (org.licensedesk.domain.QueueWords: its reference, its
-- applicant's name in both scripts as filed, its assignee's username), so that a keystroke in the filter of a paged
-- queue looks words up by prefix instead of reading every open application with LOWER(...) LIKE '%word%' (issue 11).
-- Derived data: written by the store with the application (intake) and again when its assignee changes.
-- Portable SQL (H2 2.x and PostgreSQL 15+).
CREATE TABLE queue_word (
    word           VARCHAR(160) NOT NULL,
    application_id BIGINT       NOT NULL,
    CONSTRAINT queue_word_pk PRIMARY KEY (word, application_id),
    CONSTRAINT queue_word_application_fk FOREIGN KEY (application_id) REFERENCES licence_application (id)
        ON DELETE CASCADE
);

-- An application's words: rewriting them when its assignee changes, and checking a word for one application.
CREATE INDEX queue_word_application_ix ON queue_word (application_id, word);

-- The words of applications already in the database are filled by the Java migration V59_1 (same words as the
-- store writes, which portable SQL cannot split: letters and digits of any script, Chinese pairs).

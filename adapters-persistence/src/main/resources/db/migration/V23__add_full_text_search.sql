-- Full-text search over tasks, comments and documents: a stored, generated tsvector per row (titles weigh A, texts B),
-- GIN-indexed for live rows. ${searchLanguage} is KEEL_SEARCH_LANGUAGE when this migration runs; search_language()
-- remembers it for the queries, and the service refuses to start while the setting and the database disagree. Changing
-- the language is a new migration that redefines the function and the columns (docs/search.md).
CREATE FUNCTION search_language() RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT '${searchLanguage}'::regconfig $$;

ALTER TABLE task ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('${searchLanguage}'::regconfig, title), 'A')
    || setweight(to_tsvector('${searchLanguage}'::regconfig, coalesce(description, '')), 'B')) STORED;
CREATE INDEX ix_task_search_vector_live ON task USING gin (search_vector) WHERE deleted_at IS NULL;

ALTER TABLE comment ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('${searchLanguage}'::regconfig, body), 'B')) STORED;
CREATE INDEX ix_comment_search_vector_live ON comment USING gin (search_vector) WHERE deleted_at IS NULL;

ALTER TABLE document ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('${searchLanguage}'::regconfig, title), 'A')
    || setweight(to_tsvector('${searchLanguage}'::regconfig, coalesce(body, '')), 'B')) STORED;
CREATE INDEX ix_document_search_vector_live ON document USING gin (search_vector) WHERE deleted_at IS NULL;


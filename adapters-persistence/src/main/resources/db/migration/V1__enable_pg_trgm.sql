-- Trigram indexes serve case-insensitive substring search (ILIKE '%…%').
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- title: partial index predicate changed
-- feature: index-partial
-- doc: https://www.postgresql.org/docs/15/indexes-partial.html
-- from
create table doc_version (id serial primary key, doc_id int not null, deleted_at timestamptz);
create index doc_version_live_idx on doc_version (doc_id) where deleted_at is null;
-- rows
insert into doc_version (doc_id) values (1), (2);
-- to
create table doc_version (id serial primary key, doc_id int not null, deleted_at timestamptz);
create index doc_version_live_idx on doc_version (doc_id) where deleted_at is null and doc_id > 0;

-- title: SQL comments inside the CREATE TABLE text (kept verbatim in sqlite_schema)
-- feature: ddl-comments
-- doc: https://www.sqlite.org/lang_comment.html
-- from
create table note (id integer primary key, body text);
-- rows
insert into note (body) values ('x');
-- to
create table note (
  id integer primary key, -- the rowid
  body text, /* free text; may contain 'quotes' */
  pinned integer not null default 0 -- 0 or 1
);

-- title: reserved words used as quoted table and column names
-- feature: hostile-identifiers
-- doc: https://www.postgresql.org/docs/15/sql-keywords-appendix.html
-- from
create table "order" ("select" int primary key, "from" text, "user" text);
-- rows
insert into "order" values (1, 'a', 'bob'), (2, 'b', 'eve');
-- to
create table "order" ("select" int primary key, "from" text not null, "user" text, "group" int default 0, constraint "check" check ("select" > 0));

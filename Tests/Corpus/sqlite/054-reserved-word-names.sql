-- title: keywords as table and column names
-- feature: hostile-identifiers
-- doc: https://www.sqlite.org/lang_keywords.html
-- from
create table "order" ("select" integer primary key, "from" text, "group" text);
-- rows
insert into "order" values (1, 'a', 'g1'), (2, 'b', 'g2');
-- to
create table "order" ("select" integer primary key, "from" text not null, "group" text, "where" integer default 0);
create index "index" on "order" ("group");

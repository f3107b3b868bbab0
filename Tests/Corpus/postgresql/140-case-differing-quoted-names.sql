-- title: two columns whose names differ only in case; one changes type
-- feature: quoted-identifiers
-- doc: https://www.postgresql.org/docs/15/sql-syntax-lexical.html
-- from
create table metrics ("value" int, "Value" int, "VALUE" text);
-- rows
insert into metrics values (1, 2, 'three'), (4, 5, null);
-- to
create table metrics ("value" int, "Value" bigint, "VALUE" text);

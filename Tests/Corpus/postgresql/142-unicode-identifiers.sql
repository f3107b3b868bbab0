-- title: unicode table and column names; a unique constraint added
-- feature: unicode-identifiers
-- doc: https://www.postgresql.org/docs/15/sql-syntax-lexical.html
-- from
create table café (número serial primary key, "名前" text not null, prix_€ numeric(8,2));
-- rows
insert into café ("名前", prix_€) values ('エスプレッソ', 1.20), ('ガラオン', 1.60);
-- to
create table café (número serial primary key, "名前" text not null unique, prix_€ numeric(8,2) not null default 0);

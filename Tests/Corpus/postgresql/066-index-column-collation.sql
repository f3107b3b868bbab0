-- title: index column with an explicit COLLATE "C"
-- feature: index-collation
-- doc: https://www.postgresql.org/docs/15/sql-createindex.html
-- from
create table word (id serial primary key, spelling text not null);
create index word_spelling_idx on word (spelling);
-- rows
insert into word (spelling) values ('Apfel'), ('apple');
-- to
create table word (id serial primary key, spelling text not null);
create index word_spelling_idx on word (spelling collate "C");

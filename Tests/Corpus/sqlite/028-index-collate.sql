-- title: index column with COLLATE NOCASE
-- feature: index-collation
-- doc: https://www.sqlite.org/lang_createindex.html
-- from
create table word (id integer primary key, spelling text not null);
create index word_spelling_idx on word (spelling);
-- rows
insert into word (spelling) values ('Apfel'), ('apple');
-- to
create table word (id integer primary key, spelling text not null);
create index word_spelling_idx on word (spelling collate nocase);

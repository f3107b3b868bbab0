-- title: table becomes WITHOUT ROWID
-- feature: without-rowid
-- doc: https://www.sqlite.org/withoutrowid.html
-- from
create table word_count (word text primary key, n integer not null default 1);
-- rows
insert into word_count values ('hello', 3), ('world', 1);
-- to
create table word_count (word text primary key, n integer not null default 1) without rowid;

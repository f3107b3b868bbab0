-- title: index dropped
-- feature: index
-- doc: https://www.sqlite.org/lang_dropindex.html
-- from
create table message (id integer primary key, sender text not null);
create index message_sender_idx on message (sender);
-- rows
insert into message (sender) values ('ann'), ('bo');
-- to
create table message (id integer primary key, sender text not null);

-- title: index dropped
-- feature: index
-- doc: https://www.postgresql.org/docs/15/sql-dropindex.html
-- from
create table message (id serial primary key, sender text not null, sent_at timestamptz);
create index message_sender_idx on message (sender);
-- rows
insert into message (sender) values ('ann'), ('bo');
-- to
create table message (id serial primary key, sender text not null, sent_at timestamptz);

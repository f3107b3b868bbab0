-- title: table without declared key gets a text primary key
-- feature: primary-key
-- doc: https://www.sqlite.org/lang_createtable.html#the_primary_key
-- from
create table raw_event (event_id text not null, payload text);
-- rows
insert into raw_event values ('e1', 'a'), ('e2', 'b');
-- to
create table raw_event (event_id text not null primary key, payload text);

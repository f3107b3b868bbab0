-- title: table without key gets a primary key
-- feature: primary-key
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table raw_event (event_id bigint not null, payload text);
-- rows
insert into raw_event values (1, 'a'), (2, 'b');
-- to
create table raw_event (event_id bigint primary key, payload text);

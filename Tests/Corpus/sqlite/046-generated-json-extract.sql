-- title: virtual column extracting a JSON field, indexed
-- feature: generated-virtual
-- doc: https://www.sqlite.org/gencol.html
-- from
create table order_event (id integer primary key, data text not null);
-- rows
insert into order_event (data) values ('{"type": "created"}'), ('{"type": "paid"}');
-- to
create table order_event (id integer primary key, data text not null, event_type text generated always as (json_extract(data, '$.type')) virtual);
create index order_event_type on order_event (event_type);

-- title: virtual column extracting a JSON field, indexed
-- feature: generated-virtual
-- doc: https://mariadb.com/kb/en/json_value/
-- from
create table order_event (id int auto_increment primary key, data json not null);
-- rows
insert into order_event (data) values ('{"type": "created"}'), ('{"type": "paid"}');
-- to
create table order_event (id int auto_increment primary key, data json not null, event_type varchar(20) as (json_value(data, '$.type')) virtual, key order_event_type (event_type));

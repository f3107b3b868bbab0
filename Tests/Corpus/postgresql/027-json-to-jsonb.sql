-- title: json column becomes jsonb
-- feature: json
-- doc: https://www.postgresql.org/docs/15/datatype-json.html
-- from
create table webhook_delivery (id serial primary key, payload json not null);
-- rows
insert into webhook_delivery (payload) values ('{"event": "push"}'), ('[1, 2, 3]');
-- to
create table webhook_delivery (id serial primary key, payload jsonb not null);

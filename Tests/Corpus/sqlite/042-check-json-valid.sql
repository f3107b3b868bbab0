-- title: text column gets a json_valid() check
-- feature: json
-- doc: https://www.sqlite.org/json1.html
-- from
create table webhook_delivery (id integer primary key, payload text not null);
-- rows
insert into webhook_delivery (payload) values ('{"event": "push"}'), ('[1, 2, 3]');
-- to
create table webhook_delivery (id integer primary key, payload text not null check (json_valid(payload)));

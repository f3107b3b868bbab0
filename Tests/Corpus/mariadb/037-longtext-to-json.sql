-- title: longtext holding JSON becomes json with explicit json_valid check
-- feature: json
-- doc: https://mariadb.com/kb/en/json-data-type/
-- from
create table webhook_delivery (id int auto_increment primary key, payload longtext not null);
-- rows
insert into webhook_delivery (payload) values ('{"event": "push"}'), ('[1, 2, 3]');
-- to
create table webhook_delivery (id int auto_increment primary key, payload longtext not null check (json_valid(payload)));

-- title: STRICT table with an ANY column added
-- feature: strict-table
-- doc: https://www.sqlite.org/stricttables.html
-- from
create table setting (key text primary key, value text) strict;
-- rows
insert into setting values ('mode', 'prod'), ('retries', '3');
-- to
create table setting (key text primary key, value text, raw any) strict;

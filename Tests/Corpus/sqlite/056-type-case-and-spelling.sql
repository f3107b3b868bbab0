-- title: declared type spelled differently (INT -> BIGINT, STRING -> TEXT)
-- feature: column-type
-- doc: https://www.sqlite.org/datatype3.html#affinity_name_examples
-- from
create table counter2 (id INT NOT NULL PRIMARY KEY, hits INT, label STRING);
-- rows
insert into counter2 values (1, 10, 'a'), (2, 20, 'b');
-- to
create table counter2 (id INT NOT NULL PRIMARY KEY, hits BIGINT, label TEXT);

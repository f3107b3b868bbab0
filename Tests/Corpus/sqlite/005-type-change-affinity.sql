-- title: column declared type changes from text to integer (affinity change)
-- feature: column-type
-- doc: https://www.sqlite.org/datatype3.html
-- from
create table legacy_import (id integer primary key, quantity text);
-- rows
insert into legacy_import (quantity) values ('12'), ('7'), (null);
-- to
create table legacy_import (id integer primary key, quantity integer);

-- title: text column holding digits becomes integer (needs USING)
-- feature: column-type-using
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table legacy_import (id serial primary key, quantity text);
-- rows
insert into legacy_import (quantity) values ('12'), ('7'), (null);
-- to
create table legacy_import (id serial primary key, quantity integer);

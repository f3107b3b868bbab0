-- title: check constraint renamed, expression unchanged
-- feature: rename-constraint
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table loan (id serial primary key, amount numeric(10,2) not null, constraint chk1 check (amount > 0));
-- rows
insert into loan (amount) values (100), (2500);
-- to
create table loan (id serial primary key, amount numeric(10,2) not null, constraint loan_amount_positive check (amount > 0));

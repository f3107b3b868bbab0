-- title: standalone sequence used by a column default
-- feature: sequence
-- doc: https://www.postgresql.org/docs/15/sql-createsequence.html
-- from
create table receipt (id int primary key, number bigint);
-- rows
insert into receipt values (1, 5001), (2, 5002);
-- to
create sequence receipt_number_seq start with 6000;
create table receipt (id int primary key, number bigint not null default nextval('receipt_number_seq'));

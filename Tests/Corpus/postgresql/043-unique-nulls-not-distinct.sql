-- title: unique constraint becomes NULLS NOT DISTINCT
-- feature: unique-nulls-not-distinct
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table coupon (id serial primary key, code text, constraint coupon_code_key unique (code));
-- rows
insert into coupon (code) values ('A'), ('B'), (null);
-- to
create table coupon (id serial primary key, code text, constraint coupon_code_key unique nulls not distinct (code));

-- title: named table check comparing two columns
-- feature: check
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table booking (id serial primary key, check_in date not null, check_out date not null);
-- rows
insert into booking (check_in, check_out) values ('2024-01-01', '2024-01-03'), ('2024-02-01', '2024-02-02');
-- to
create table booking (id serial primary key, check_in date not null, check_out date not null, constraint booking_dates_chk check (check_out > check_in));

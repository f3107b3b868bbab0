-- title: named table check comparing two columns
-- feature: check
-- doc: https://www.sqlite.org/lang_createtable.html#ckconst
-- from
create table booking (id integer primary key, check_in text not null, check_out text not null);
-- rows
insert into booking (check_in, check_out) values ('2024-01-01', '2024-01-03'), ('2024-02-01', '2024-02-02');
-- to
create table booking (id integer primary key, check_in text not null, check_out text not null, constraint booking_dates check (check_out > check_in));

-- title: exclusion constraint preventing overlapping ranges
-- feature: exclusion-constraint
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table room_booking (id serial primary key, during tsrange not null);
-- rows
insert into room_booking (during) values ('[2024-01-01 10:00,2024-01-01 11:00)'), ('[2024-01-01 11:00,2024-01-01 12:00)');
-- to
create table room_booking (id serial primary key, during tsrange not null, constraint room_booking_no_overlap exclude using gist (during with &&));

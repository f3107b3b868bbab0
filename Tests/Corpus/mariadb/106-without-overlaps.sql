-- title: unique key WITHOUT OVERLAPS on an application-time period
-- feature: application-time-period
-- doc: https://mariadb.com/kb/en/application-time-periods/
-- from
create table room_booking (room_id int not null, starts datetime not null, ends datetime not null, period for booked (starts, ends));
-- rows
insert into room_booking values (1, '2024-01-01 10:00:00', '2024-01-01 11:00:00'), (1, '2024-01-01 11:00:00', '2024-01-01 12:00:00');
-- to
create table room_booking (room_id int not null, starts datetime not null, ends datetime not null, period for booked (starts, ends), unique key room_booking_no_overlap (room_id, booked without overlaps));

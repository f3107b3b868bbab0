-- title: application-time PERIOD added over two date columns
-- feature: application-time-period
-- doc: https://mariadb.com/kb/en/application-time-periods/
-- from
create table coupon_validity (id int not null, code varchar(20) not null, date_start date not null, date_end date not null, primary key (id));
-- rows
insert into coupon_validity values (1, 'A', '2024-01-01', '2024-02-01'), (2, 'B', '2024-03-01', '2024-04-01');
-- to
create table coupon_validity (id int not null, code varchar(20) not null, date_start date not null, date_end date not null, period for valid_period (date_start, date_end), primary key (id));

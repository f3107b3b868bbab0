-- title: column comment added
-- feature: comment-on-column
-- doc: https://mariadb.com/kb/en/create-table/#comment
-- from
create table parcel (id int auto_increment primary key, weight_g int not null);
-- rows
insert into parcel (weight_g) values (120), (5000);
-- to
create table parcel (id int auto_increment primary key, weight_g int not null comment 'Weight in grams, measured at the depot');

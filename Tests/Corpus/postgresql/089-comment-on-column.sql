-- title: column comment added
-- feature: comment-on-column
-- doc: https://www.postgresql.org/docs/15/sql-comment.html
-- from
create table parcel (id serial primary key, weight_g int not null);
-- rows
insert into parcel (weight_g) values (120), (5000);
-- to
create table parcel (id serial primary key, weight_g int not null);
comment on column parcel.weight_g is 'Weight in grams, measured at the depot';

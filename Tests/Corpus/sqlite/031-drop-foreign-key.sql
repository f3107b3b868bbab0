-- title: foreign key dropped, column kept
-- feature: foreign-key
-- doc: https://www.sqlite.org/foreignkeys.html
-- from
create table brand (id integer primary key, name text not null);
create table model (id integer primary key, brand_id integer not null, foreign key (brand_id) references brand (id));
-- rows
insert into brand (name) values ('Acme');
insert into model (brand_id) values (1), (1);
-- to
create table brand (id integer primary key, name text not null);
create table model (id integer primary key, brand_id integer not null);

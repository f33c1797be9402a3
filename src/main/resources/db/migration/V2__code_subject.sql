-- The pseudonymous subject token that health codes carry instead of any identifier: 16 random bytes per resident,
-- created when the resident's first code is issued. Only this table maps a token back to a person.
create table code_subject (
    resident_id uuid primary key references resident (id),
    token       bytea not null unique
);

-- Every change of a person's derived colour, with the rule set, the policy and the facts that caused it.
-- Append-only, like the facts.
create table colour_change (
    id               bigint generated always as identity primary key,
    resident_id      uuid        not null references resident (id),
    changed_at       timestamptz not null,
    from_colour      text        not null check (from_colour in ('NONE', 'GREEN', 'YELLOW', 'RED')),
    to_colour        text        not null check (to_colour in ('NONE', 'GREEN', 'YELLOW', 'RED')),
    rule_set_id      text        not null,
    rule_set_version integer     not null,
    policy           text        not null,
    fact_ids         jsonb       not null default '[]'::jsonb
);

create index colour_change_resident on colour_change (resident_id, id);

create trigger colour_change_append_only
    before update or delete on colour_change
    for each row execute function refuse_fact_change();

-- When time alone may next change a person's colour; the scheduler re-evaluates people whose time has come.
create table colour_evaluation (
    resident_id        uuid        primary key references resident (id),
    evaluated_at       timestamptz not null,
    next_evaluation_at timestamptz
);

create index colour_evaluation_due on colour_evaluation (next_evaluation_at) where next_evaluation_at is not null;

-- Who activated which rule-set version, and when. The lowest version of a region is in force without activation;
-- a later version is in force once activated and its effectiveFrom has passed.
create table rule_set_activation (
    region       text        not null,
    version      integer     not null,
    activated_at timestamptz not null,
    activated_by text        not null,
    primary key (region, version)
);

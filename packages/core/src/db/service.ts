import { Service } from "electrodb";
import { CountyEntity } from "../county/county.entity";
import { OfficerEntity } from "../officer/officer.entity";
import { PrecinctEntity } from "../precinct/precinct.entity";
import { UniqueEntity } from "../unique/unique.entity";
import { VillageEntity } from "../village/village.entity";
import { entityConfig } from "./entity";

export const db = new Service(
  {
    county: CountyEntity,
    precinct: PrecinctEntity,
    village: VillageEntity,
    officer: OfficerEntity,
    unique: UniqueEntity,
  },
  entityConfig,
);

import type { EntityItem } from "electrodb";
import type { AppointmentEntity } from "./appointment.entity";

export type Appointment = EntityItem<typeof AppointmentEntity>;

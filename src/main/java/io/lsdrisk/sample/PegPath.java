package io.lsdrisk.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic peg path with what was drawn along it.
 *
 * @param path the peg ratio per day
 * @param jumps the jumps, in day order
 * @param episodes the stress episodes, by start day
 */
record PegPath(DailyPath path, List<Jump> jumps, List<Episode> episodes) {

	PegPath {
		jumps = List.copyOf(jumps);
		episodes = List.copyOf(episodes);
	}

	/**
	 * One jump of ln(peg).
	 *
	 * @param day the day whose value it enters
	 * @param size its size in ln(peg)
	 */
	record Jump(LocalDate day, double size) {

	}

	/**
	 * One stress episode (see {@link StressShape}).
	 *
	 * @param start the day it starts (no fall yet)
	 * @param depth the fall of ln(peg) at the trough
	 * @param downDays days from the start to the trough
	 * @param recoveryDays days from the trough back to no fall
	 */
	record Episode(LocalDate start, double depth, int downDays, int recoveryDays) {

		LocalDate trough() {
			return this.start.plusDays(this.downDays);
		}

		double fallOn(LocalDate day) {
			return StressShape.profile(this.depth, this.downDays, this.recoveryDays,
					day.toEpochDay() - this.start.toEpochDay());
		}

		boolean over(LocalDate day) {
			return day.toEpochDay() - this.start.toEpochDay() >= this.downDays + this.recoveryDays;
		}

	}

}

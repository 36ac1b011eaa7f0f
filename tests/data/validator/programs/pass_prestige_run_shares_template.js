// Task: Idle drill game with prestige: click for coins, buy drills (10 coins, +2 coins/s) and excavators (40 coins, +10 coins/s); at 50+ coins PRESTIGE resets coins and all machines to zero and grants 1 star per 50 coins, each star adding +10% income.
const NEW_RUN = { coins: 0, owned: { drill: 0, excavator: 0 } };
const MACHINES = {
  drill: { label: 'Drill', cost: 10, rate: 2 },
  excavator: { label: 'Excavator', cost: 40, rate: 10 }
};
const PRESTIGE_STEP = 50;

class DrillScene extends Phaser.Scene {
  constructor() {
    super('DrillScene');
    this.stars = 0;
  }

  create() {
    this.startRun();

    this.add.circle(200, 300, 90, 0x8d6e63).setInteractive({ useHandCursor: true })
      .on('pointerdown', () => { this.run.coins += 1; });
    this.add.text(200, 300, 'DIG', { fontSize: '32px', color: '#fff' }).setOrigin(0.5);

    Object.keys(MACHINES).forEach((id, i) => {
      const m = MACHINES[id];
      const btn = this.add.rectangle(560, 220 + i * 100, 300, 70, 0x455a64).setInteractive({ useHandCursor: true });
      this.add.text(560, 220 + i * 100, `${m.label}: ${m.cost} coins (+${m.rate}/s)`, { fontSize: '18px', color: '#fff' }).setOrigin(0.5);
      btn.on('pointerdown', () => this.buy(id));
    });

    const prestige = this.add.rectangle(560, 460, 300, 70, 0x6a1b9a).setInteractive({ useHandCursor: true });
    this.add.text(560, 460, 'PRESTIGE', { fontSize: '24px', color: '#fff' }).setOrigin(0.5);
    prestige.on('pointerdown', () => this.prestige());

    this.time.addEvent({ delay: 1000, loop: true, callback: () => { this.run.coins += this.income(); } });
    this.scene.launch('HudScene');
  }

  startRun() {
    this.run = structuredClone(NEW_RUN);
  }

  multiplier() {
    return 1 + this.stars * 0.1;
  }

  income() {
    const base = Object.keys(MACHINES).reduce((s, id) => s + this.run.owned[id] * MACHINES[id].rate, 0);
    return base * this.multiplier();
  }

  buy(id) {
    const m = MACHINES[id];
    if (this.run.coins < m.cost) return;
    this.run.coins -= m.cost;
    this.run.owned[id] += 1;
  }

  prestige() {
    if (this.run.coins < PRESTIGE_STEP) return;
    this.stars += Math.floor(this.run.coins / PRESTIGE_STEP);
    this.startRun();
    this.cameras.main.flash(300, 200, 150, 255);
  }
}

class HudScene extends Phaser.Scene {
  constructor() {
    super('HudScene');
  }

  create() {
    this.drillScene = this.scene.get('DrillScene');
    this.hud = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffe082', lineSpacing: 6 });
  }

  update() {
    const g = this.drillScene;
    this.hud.setText([
      `Coins: ${Math.floor(g.run.coins)}`,
      `Drills: ${g.run.owned.drill}   Excavators: ${g.run.owned.excavator}`,
      `Stars: ${g.stars}  (income x${g.multiplier().toFixed(1)}, ${g.income().toFixed(1)}/s)`
    ]);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b1b2f',
  scene: [DrillScene, HudScene]
});

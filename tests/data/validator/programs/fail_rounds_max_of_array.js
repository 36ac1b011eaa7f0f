// Two-player shared-screen sprint: after a 3-2-1 countdown each runner steps forward by alternately tapping two keys (P1: A then S, P2: K then L), the first across the finish line wins the round, and the first to win 3 rounds wins the match, which then stops on a winner banner.
const FINISH_X = 720;
const STEP = 22;
const ROUNDS_TO_WIN = 3;
const RUNNERS = [
  { name: 'Red', keys: ['A', 'S'], color: 0xef476f, lane: 200 },
  { name: 'Blue', keys: ['K', 'L'], color: 0x118ab2, lane: 340 }
];

class SprintScene extends Phaser.Scene {
  constructor() { super('Sprint'); }

  create() {
    this.add.rectangle(400, 270, 800, 300, 0xbc6c25);
    this.add.rectangle(FINISH_X + 10, 270, 8, 300, 0xffffff);
    const g = this.add.graphics();
    g.fillStyle(0xffffff).fillCircle(16, 16, 16).generateTexture('runner', 32, 32);
    g.destroy();

    this.runners = RUNNERS.map(cfg => {
      const sprite = this.add.image(60, cfg.lane, 'runner').setTint(cfg.color);
      this.add.text(20, cfg.lane - 60, `${cfg.name}: ${cfg.keys.join(' / ')}`, { fontSize: '16px' });
      const runner = { ...cfg, sprite, next: 0, wins: 0 };
      cfg.keys.forEach((k, i) => this.input.keyboard.on(`keydown-${k}`, () => this.tap(runner, i)));
      return runner;
    });

    this.score = this.add.text(400, 40, '', { fontSize: '28px' }).setOrigin(0.5);
    this.banner = this.add.text(400, 470, '', { fontSize: '40px', color: '#ffd166' }).setOrigin(0.5);
    this.showScore();
    this.startRound();
  }

  startRound() {
    this.racing = false;
    this.runners.forEach(r => { r.sprite.setPosition(60, r.lane); r.next = 0; });
    let count = 3;
    this.banner.setText(count);
    this.time.addEvent({
      delay: 700,
      repeat: 2,
      callback: () => {
        count--;
        this.banner.setText(count > 0 ? count : 'GO!');
        if (count === 0) this.racing = true;
      }
    });
  }

  tap(runner, keyIndex) {
    if (!this.racing || keyIndex !== runner.next) return;
    runner.next = 1 - runner.next;
    runner.sprite.x += STEP;
    this.tweens.add({ targets: runner.sprite, scaleY: 0.8, duration: 60, yoyo: true });
  }

  update() {
    if (!this.racing) return;
    const winner = this.runners.find(r => r.sprite.x >= FINISH_X);
    if (!winner) return;
    this.racing = false;
    winner.wins++;
    this.showScore();
    const leader = Math.max(this.runners.map(r => r.wins));
    if (leader >= ROUNDS_TO_WIN) {
      this.banner.setText(`${winner.name} wins the match!`);
      this.matchOver = true;
    } else {
      this.banner.setText(`${winner.name} takes the round`);
      this.time.delayedCall(1500, () => this.startRound());
    }
  }

  showScore() {
    this.score.setText(this.runners.map(r => `${r.name} ${r.wins}`).join('   vs   '));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 540,
  backgroundColor: '#283618',
  scene: SprintScene
});

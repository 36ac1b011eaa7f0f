// Task: an animated poll chart: clicking an option's vote button adds a vote, the bars tween to their new heights, and each bar's label shows its share of all votes as a percentage.
const OPTIONS = [
  { name: 'Cats', colour: 0xff8a5b },
  { name: 'Dogs', colour: 0x5bb8ff },
  { name: 'Birds', colour: 0x8be07b },
  { name: 'Fish', colour: 0xd98bff }
];
const BASE_Y = 330;
const MAX_H = 240;

class PollScene extends Phaser.Scene {
  constructor() {
    super('poll');
  }

  create() {
    this.votes = [4, 3, 2, 1];
    this.total = this.votes.reduce((sum, v) => sum + v, 0);
    this.add.text(400, 24, 'Favourite pet?', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.add.line(0, 0, 100, BASE_Y, 700, BASE_Y, 0xaaaaaa).setOrigin(0);

    this.bars = OPTIONS.map((opt, i) => {
      const x = 175 + i * 150;
      const bar = this.add.rectangle(x, BASE_Y, 90, MAX_H, opt.colour).setOrigin(0.5, 1).setScale(1, 0);
      const label = this.add.text(x, BASE_Y - 20, '', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5, 1);
      const button = this.add.text(x, 380, `Vote ${opt.name}`, { fontSize: '18px', color: '#111111', backgroundColor: '#e8e8e8', padding: { x: 8, y: 6 } }).setOrigin(0.5);
      button.setInteractive({ useHandCursor: true }).on('pointerdown', () => this.vote(i));
      return { bar, label };
    });
    this.refresh();
  }

  vote(index) {
    this.votes[index]++;
    this.refresh();
  }

  refresh() {
    this.shares = this.votes.map((v) => Math.round((v / this.total) * 100));
    this.bars.forEach(({ bar, label }, i) => {
      const share = this.votes[i] / this.total;
      this.tweens.add({
        targets: bar,
        scaleY: share,
        duration: 400,
        ease: 'Cubic.easeOut',
        onUpdate: () => label.setY(BASE_Y - bar.displayHeight - 6)
      });
      label.setText(`${this.votes[i]} votes\n${this.shares[i]}%`);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 420, backgroundColor: '#23262f', scene: PollScene });

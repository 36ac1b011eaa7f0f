// Squash all five bugs by clicking them; when the last one is squashed the text says "All squashed!"
class Bugs extends Phaser.Scene {
  create() {
    this.bugs = this.add.group();
    this.msg = this.add.text(20, 20, '', { fontSize: '24px', color: '#ffffff' });
    for (let i = 0; i < 5; i++) {
      const bug = this.add.circle(120 + i * 140, 300, 25, 0x66aa33).setInteractive();
      bug.on('pointerdown', () => this.squash(bug));
      this.bugs.add(bug);
    }
  }
  squash(bug) {
    bug.destroy();
    if (this.bugs.countActive() === 0) {
      this.msg.setText('All squashed!');
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Bugs });

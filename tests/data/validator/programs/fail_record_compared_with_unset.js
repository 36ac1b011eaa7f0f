// Click to score points; at 5 clicks the round ends and a new record is kept in the registry and shown
class Record extends Phaser.Scene {
  create() {
    this.score = 0;
    this.info = this.add.text(100, 100, 'Record: ' + (this.registry.get('record') || 0), { fontSize: '26px', color: '#ffffff' });
    this.input.on('pointerdown', () => {
      this.score += Phaser.Math.Between(1, 10);
      if (this.score >= 5) this.finish();
    });
  }
  finish() {
    const record = this.registry.get('record');
    if (this.score > record) this.registry.set('record', this.score);
    this.info.setText('Record: ' + (this.registry.get('record') || 0));
    this.score = 0;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Record });
